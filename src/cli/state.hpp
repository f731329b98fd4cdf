// What the command line's parse leaves behind: global options, each
// command's options, and the command to run.
#pragma once

#include <functional>

#include "tatakerja/app/diff.hpp"
#include "tatakerja/app/explain.hpp"
#include "tatakerja/app/import.hpp"
#include "tatakerja/app/init.hpp"
#include "tatakerja/app/list.hpp"
#include "tatakerja/app/render.hpp"
#include "tatakerja/app/schema.hpp"
#include "tatakerja/app/validate.hpp"
#include "tatakerja/app/workload.hpp"

namespace tatakerja::cli {

struct State {
  app::GlobalOptions global;
  std::string color = "auto";
  app::ValidateOptions validate;
  app::WorkloadOptions workload;
  app::DiffOptions diff;
  app::RenderOptions render;
  app::GraphOptions graph;
  app::InitOptions init;
  app::ImportOptions import_;
  app::ListOptions list;
  app::ExplainOptions explain;
  app::SchemaOptions schema;
  std::function<int()> run;  // set by the chosen command's callback
};

}  // namespace tatakerja::cli
