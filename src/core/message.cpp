#include "chiso/message.h"

namespace chiso {
namespace {

Translator installed = nullptr;

}  // namespace

void set_translator(Translator translator) { installed = translator; }

const char* translated(const char* english) {
  if (installed == nullptr) return english;
  const char* text = installed(english);
  return text != nullptr && *text != '\0' ? text : english;
}

}  // namespace chiso
