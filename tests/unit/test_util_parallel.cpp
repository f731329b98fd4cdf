#include <doctest/doctest.h>

#include <atomic>
#include <stdexcept>
#include <string>
#include <thread>
#include <vector>

#include "tatakerja/util/parallel.hpp"

using namespace tatakerja::util;

namespace {

// Texts 0..n-1 as taken, with a check that each is taken on the caller.
std::vector<std::string> taken(std::size_t n, unsigned jobs) {
  std::vector<std::string> out;
  const auto caller = std::this_thread::get_id();
  in_order(
      n, jobs,
      [](std::size_t i, std::string& text) {
        CHECK(text.empty());
        text = "text " + std::to_string(i);
        if (i % 7 == 0) std::this_thread::yield();  // out of order, sometimes
      },
      [&](std::size_t i, std::string& text) {
        CHECK(std::this_thread::get_id() == caller);
        CHECK(i == out.size());
        out.push_back(std::move(text));
      });
  return out;
}

}  // namespace

TEST_CASE("parallel: thread_count") {
  CHECK(thread_count(4, 100) == 4);
  CHECK(thread_count(4, 2) == 2);
  CHECK(thread_count(4, 0) == 1);
  CHECK(thread_count(1, 100) == 1);
  CHECK(thread_count(0, 100) >= 1);
}

TEST_CASE("parallel: in_order takes every text in order, on the calling thread, with any jobs") {
  for (unsigned jobs : {0u, 1u, 2u, 4u, 16u}) {
    for (std::size_t n : {std::size_t{0}, std::size_t{1}, std::size_t{3}, std::size_t{1000}}) {
      CAPTURE(jobs);
      CAPTURE(n);
      const auto out = taken(n, jobs);
      REQUIRE(out.size() == n);
      for (std::size_t i = 0; i < n; ++i) CHECK(out[i] == "text " + std::to_string(i));
    }
  }
}

TEST_CASE("parallel: in_order makes only a few texts ahead of the one taken") {
  constexpr unsigned kJobs = 3;
  std::atomic<std::size_t> started{0};
  std::size_t most_ahead = 0;
  in_order(
      2000, kJobs, [&](std::size_t, std::string& text) { ++started, text = "x"; },
      [&](std::size_t i, std::string&) {
        if (i % 100 == 0) std::this_thread::sleep_for(std::chrono::milliseconds(2));
        most_ahead = std::max(most_ahead, started.load() - (i + 1));
      });
  CHECK(started.load() == 2000);
  CHECK(most_ahead <= 8 * kJobs);
}

TEST_CASE("parallel: an exception from make stops the work and is rethrown") {
  for (unsigned jobs : {1u, 4u}) {
    CAPTURE(jobs);
    std::size_t takes = 0;
    const auto run = [&] {
      in_order(
          1000, jobs,
          [](std::size_t i, std::string& text) {
            if (i == 500) throw std::runtime_error("make 500");
            text = "x";
          },
          [&](std::size_t i, std::string&) {
            CHECK(i < 500);
            ++takes;
          });
    };
    CHECK_THROWS_WITH_AS(run(), "make 500", std::runtime_error);
    CHECK(takes <= 500);
  }
}

TEST_CASE("parallel: an exception from take stops the work and is rethrown") {
  for (unsigned jobs : {1u, 4u}) {
    CAPTURE(jobs);
    std::atomic<std::size_t> made{0};
    const auto run = [&] {
      in_order(
          100000, jobs, [&](std::size_t, std::string&) { ++made; },
          [](std::size_t i, std::string&) {
            if (i == 10) throw std::runtime_error("take 10");
          });
    };
    CHECK_THROWS_WITH_AS(run(), "take 10", std::runtime_error);
    CHECK(made.load() < 1000);  // the threads stopped
  }
}
