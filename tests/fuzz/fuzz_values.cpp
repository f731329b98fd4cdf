// libFuzzer target: the value parsers of format.md ("Values"), fed the same
// text. Each must return a value or an error message, and never crash,
// hang or overflow (UBSan); a value must also be consistent (below).
#include <cstddef>
#include <cstdint>
#include <cstdlib>
#include <string_view>

#include "load/values_number.hpp"
#include "tatakerja/load/values.hpp"

using namespace tatakerja;

namespace {

void require(bool condition) {
  if (!condition) std::abort();
}

}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  const std::string_view text(reinterpret_cast<const char*>(data), size);

  // The day length as the default config has it, and odd ones, so the
  // multiplications see both.
  for (const auto& hours_per_day :
       {model::Duration{0}, model::Duration{6 * 3600 + 1800}, model::Duration{24 * 3600}}) {
    const auto duration = load::parse_duration(text, hours_per_day);
    if (duration.ok()) require(duration.value().seconds >= 0);
  }
  const auto date = load::parse_date(text);
  if (date.ok()) {
    require(date.value().month >= 1 && date.value().month <= 12);
    require(date.value().day >= 1 && date.value().day <= 31);
  }
  const auto count = load::parse_count(text);
  if (count.ok()) require(count.value() >= 0);
  if (const auto volume = load::parse_volume(text); volume.ok()) {
    require(volume.value().amount_micro >= 0);
    require(volume.value().amount_micro <= load::detail::kMaxWhole * model::Volume::kScale);
  }
  const auto millionths = load::parse_millionths(text);
  if (millionths.ok()) require(millionths.value() >= 0);
  const auto thousandths = load::parse_thousandths(text);
  if (thousandths.ok()) require(thousandths.value() >= 0);

  if (const auto number = load::detail::read_number(text)) {
    require(number->length <= text.size());
    require(number->whole >= 0 && number->whole <= load::detail::kMaxWhole + 1);
  }
  (void)load::detail::trim(text);
  (void)load::detail::quoted(text);
  return 0;
}
