#!/bin/sh
# Chromium for the e2e tests and the benchmark's browser rows when they run as root (scripts/lib/chromium.mjs): the
# same browser without CAP_SYS_NICE. With it, Chromium raises its browser, GPU and compositor threads to nice -8 and
# leaves each page's main thread at +5, so on 2 cores one browser's frame work (a pulsing badge is drawn in software
# 60 times a second) starves another browser's page: hydration and its first fetches waited 7–15 s. Without the
# capability Chromium can only lower priorities, so no thread outranks a page (README "Decisions": browser tests
# without animation, and a fair Chromium).
exec setpriv --inh-caps=-sys_nice --bounding-set=-sys_nice "${CHROMIUM_BINARY:?}" "$@"
