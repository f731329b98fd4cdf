// What the command line's parse leaves behind: global options, each
// command's options, and the command to run.
#pragma once

#include <functional>

#include "completion.hpp"
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
  Shell shell = Shell::Bash;
  // The program's options and commands, for the completion scripts; set
  // by the parser, which owns the command tree.
  std::function<CompletionModel()> completion_model;
};

}  // namespace tatakerja::cli
