// A step's actor by name and id, whatever its kind (src/model/actor.cpp).
#include <doctest/doctest.h>

#include "repo_builder.hpp"
#include "tatakerja/model/actor.hpp"

using namespace tatakerja;
using test::RepoBuilder;

TEST_CASE("a lane's name and id: position, role, external actor, unresolved") {
  RepoBuilder b;
  b.position("kasubbag", {"rencana"});
  b.role("tim", {"kasubbag"});
  auto& sop = b.sop("rencana", "kasubbag", {"rencana"}, 1);
  sop.external_actors = {true, {}, {model::Text{"Pemohon", {}}}};
  b.step(sop, "tim");
  b.step(sop, "Pemohon");
  b.step(sop, "tidak-ada");
  b.step(sop, "");
  b.resolve();
  const auto& repo = b.repo;
  const auto name = [&](int i) {
    return std::string(model::step_actor_name(repo, sop, sop.steps[i]));
  };
  const auto id = [&](int i) {
    return std::string(model::actor_id(repo, sop, sop.steps[i].actor_ref));
  };
  CHECK(name(0) == "Jabatan kasubbag");
  CHECK(id(0) == "kasubbag");
  CHECK(name(1) == "Tim tim");
  CHECK(id(1) == "tim");
  CHECK(name(2) == "Pemohon");
  CHECK(id(2) == "Pemohon");
  CHECK(name(3) == "tidak-ada");  // as written
  CHECK(id(3) == "");
  CHECK(model::actor_name(repo, sop, sop.steps[3].actor_ref).empty());
  CHECK(name(4) == "");
  CHECK(model::actor_name(repo, sop, model::ActorRef{model::ActorRef::Type::Role, 7}).empty());
}

TEST_CASE("the Roles among an SOP's lanes, in lane order, once each") {
  RepoBuilder b;
  b.position("kepala", {"pimpin"});
  b.role("tim", {});
  b.role("desk", {});
  auto& sop = b.sop("layanan", "kepala", {"pimpin"}, 1);
  b.step(sop, "desk");
  b.step(sop, "tim");
  b.step(sop, "desk");
  b.resolve();
  sop.lane_refs = {sop.steps[0].actor_ref, sop.steps[1].actor_ref, sop.steps[2].actor_ref,
                   sop.steps[3].actor_ref};  // as the resolver would, duplicates kept
  CHECK(model::role_lanes(sop) == std::vector<int>{1, 0});
}

TEST_CASE("a position acts as itself and through the roles it is a member of") {
  RepoBuilder b;
  b.position("kasubbag", {"rencana"});
  b.position("perencana", {"data"});
  b.position("kepala", {"pimpin"});
  b.role("tim", {"kasubbag", "perencana"});
  b.resolve();
  const model::ActorRef tim{model::ActorRef::Type::Role, 0};
  const model::ActorRef kepala{model::ActorRef::Type::Position, 2};
  CHECK(model::acts_as(b.repo, tim, 0));
  CHECK(model::acts_as(b.repo, tim, 1));
  CHECK_FALSE(model::acts_as(b.repo, tim, 2));
  CHECK(model::acts_as(b.repo, kepala, 2));
  CHECK_FALSE(model::acts_as(b.repo, kepala, 0));
  CHECK_FALSE(model::acts_as(b.repo, model::ActorRef{model::ActorRef::Type::External, 0}, 0));
  CHECK_FALSE(model::acts_as(b.repo, model::ActorRef{model::ActorRef::Type::Role, 5}, 0));
}
