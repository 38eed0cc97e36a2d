#include "kube/ConcurrentCalls.h"

#include <algorithm>
#include <memory>
#include <utility>

namespace tkeci::concurrent {

namespace {

struct Wave
{
    QList<Call> calls;
    qsizetype next = 0;
    int inFlight = 0;
    int limit = kDefaultLimit;
    bool allOk = true;
    bool ended = false;
    std::function<void(bool)> done;
};

void startMore(const std::shared_ptr<Wave> &wave)
{
    // A call may finish synchronously inside start (an error found before any request):
    // the loop then goes on from the state that finish left.
    while (wave->allOk && wave->next < wave->calls.size() && wave->inFlight < wave->limit) {
        Call call = std::move(wave->calls[wave->next++]);
        ++wave->inFlight;
        auto reported = std::make_shared<bool>(false);
        call([wave, reported](bool ok) {
            if (std::exchange(*reported, true))
                return; // a call reports once; a second report would end the wave early
            --wave->inFlight;
            wave->allOk = wave->allOk && ok;
            startMore(wave);
        });
    }
    if (wave->inFlight == 0 && (!wave->allOk || wave->next >= wave->calls.size())
        && !std::exchange(wave->ended, true))
        wave->done(wave->allOk);
}

} // namespace

void run(QList<Call> calls, int limit, std::function<void(bool allOk)> done)
{
    auto wave = std::make_shared<Wave>();
    wave->calls = std::move(calls);
    wave->limit = std::max(1, limit);
    wave->done = std::move(done);
    startMore(wave);
}

} // namespace tkeci::concurrent
