#pragma once

#include <QList>

#include <functional>

namespace tkeci {

/// Runs calls that have no order between them with at most `limit` in flight: a wave of a
/// run. Each call starts its requests and reports once through the `finish` it is given,
/// saying whether it went well. After a call fails, no call that has not started yet starts
/// (the run stops at the first failure, as a sequential one would); `done` runs once, after
/// every started call has reported, with whether all of them went well.
///
/// Nothing here holds the callers' objects: calls capture what they need (a QPointer to
/// their owner), and a call whose owner is gone still calls `finish` or the wave simply
/// never ends, with its state freed with the last pending callback.
namespace concurrent {

using Finish = std::function<void(bool ok)>;
using Call = std::function<void(Finish finish)>;

/// How many calls of a wave are in flight at most: Qt opens up to 6 HTTP/1.1 connections to
/// one host (QHttpNetworkConnection's default channel count), or multiplexes on one HTTP/2
/// connection; more in flight would only queue in Qt.
inline constexpr int kDefaultLimit = 6;

void run(QList<Call> calls, int limit, std::function<void(bool allOk)> done);

} // namespace concurrent
} // namespace tkeci
