#include "tatakerja/model/documents.hpp"

namespace tatakerja::model {

const char* kind_name(Kind kind) {
  switch (kind) {
    case Kind::Unit:
      return "Unit";
    case Kind::Position:
      return "Position";
    case Kind::Employee:
      return "Employee";
    case Kind::Sop:
      return "SOP";
    case Kind::Role:
      return "Role";
  }
  return "?";
}

const char* status_name(SopStatus status) {
  switch (status) {
    case SopStatus::Draft:
      return "draft";
    case SopStatus::Review:
      return "review";
    case SopStatus::Approved:
      return "approved";
    case SopStatus::Active:
      return "active";
    case SopStatus::Archived:
      return "archived";
  }
  return "?";
}

}  // namespace tatakerja::model
