// Reading a Role document (src/load/read_role.cpp): every field with its
// location, and each bad value with its exact message.
#include <doctest/doctest.h>

#include <string>

#include "load/read_file.hpp"
#include "load_messages.hpp"

using tatakerja::load::read_text;

using test::kConfig;
using test::messages;

TEST_CASE("a Role is read with every value located") {
  auto r = read_text(R"(kind: Role
id: tim-perencanaan
name: Tim Perencanaan
members: [kasi-penmad, pengolah-data-pendidikan]
unit: seksi-penmad
suppress: [id-case-collision]
x-catatan: SK Kepala Kantor Nomor 12 Tahun 2024
)",
                     1, kConfig);
  CHECK(messages(r) == "");
  REQUIRE(r.documents.roles.size() == 1);
  const auto& role = r.documents.roles[0];
  CHECK(role.doc.kind == tatakerja::model::Kind::Role);
  CHECK(role.doc.id.value == "tim-perencanaan");
  CHECK(role.doc.id.loc == tatakerja::model::Location{1, 2, 5});
  CHECK(role.name.value == "Tim Perencanaan");
  CHECK(role.name.loc == tatakerja::model::Location{1, 3, 7});
  CHECK(role.members.present);
  REQUIRE(role.members.items.size() == 2);
  CHECK(role.members.items[1].value == "pengolah-data-pendidikan");
  CHECK(role.members.items[1].loc == tatakerja::model::Location{1, 4, 24});
  CHECK(role.unit->value == "seksi-penmad");
  CHECK(role.unit->loc == tatakerja::model::Location{1, 5, 7});
  CHECK(role.doc.suppress.at(0).rule.value == "id-case-collision");
  CHECK(role.member_refs.empty());  // the resolver's
}

TEST_CASE("a Role needs only an id and a name") {
  auto r = read_text("kind: Role\nid: front-office\nname: Front Office\n", 1, kConfig);
  CHECK(messages(r) == "");
  REQUIRE(r.documents.roles.size() == 1);
  CHECK_FALSE(r.documents.roles[0].members.present);
  CHECK_FALSE(r.documents.roles[0].unit);
}

TEST_CASE("a Role without its id or name") {
  auto r = read_text("kind: Role\nmembers: [kasubbag-tu]\n", 1, kConfig);
  CHECK(messages(r) == "1:1 schema Role has no `id`\n1:1 schema Role has no `name`\n");
}

TEST_CASE("bad values in a Role") {
  auto r = read_text(R"(kind: Role
id: tim
name: [TIM]
members: kasubbag-tu
unit: seksi penmad
)",
                     1, kConfig);
  CHECK(messages(r) ==
        "3:7 schema `name` must be text, not a list\n"
        "4:10 schema `members` must be a list of ids, not text\n"
        "5:7 schema `seksi penmad` is not a valid id: use letters, digits, `-`, `_` and `.`\n");
}

TEST_CASE("a bad member id and a misspelt key, with a suggestion") {
  auto r = read_text("kind: Role\nid: tim\nname: TIM\nmembers: [kasubbag tu, {a: b}]\nmember: []\n",
                     1, kConfig);
  CHECK(messages(r) ==
        "4:11 schema `kasubbag tu` is not a valid id: use letters, digits, `-`, `_` and `.`\n"
        "4:24 schema `members` must be an id, not a mapping\n"
        "5:1 schema unknown key `member` in a Role; did you mean `members`?\n");
}

TEST_CASE("`kind: Role` is known, and a near miss is suggested") {
  auto r = read_text("kind: Rol\nid: tim\nname: TIM\n", 1, kConfig);
  CHECK(messages(r) ==
        "1:7 schema unknown kind `Rol`: expected one of Unit, Position, Employee, Role, SOP; "
        "did you mean `Role`?\n");
}
