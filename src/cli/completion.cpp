#include "completion.hpp"

namespace tatakerja::cli {

void write_completion(const CompletionModel& model, Shell shell, std::ostream& out) {
  switch (shell) {
    case Shell::Bash:
      write_bash_completion(model, out);
      return;
    case Shell::Zsh:
      write_zsh_completion(model, out);
      return;
    case Shell::Fish:
      write_fish_completion(model, out);
      return;
  }
}

}  // namespace tatakerja::cli
