#!/usr/bin/env bash
# The image's HEALTHCHECK: healthy when the service this container runs answers 200 on /health/ready. One image runs
# ingest, enrich or sink, each on its own port (NEWSSTREAM_<SERVICE>_PORT, default 8080, 8081, 8082); only the
# running one listens, so the first port that accepts a connection decides. The JRE image has no curl or wget: a
# raw HTTP/1.0 request over bash's /dev/tcp.
set -u
for port in "${NEWSSTREAM_INGEST_PORT:-8080}" "${NEWSSTREAM_ENRICH_PORT:-8081}" "${NEWSSTREAM_SINK_PORT:-8082}"; do
  if { exec 3<>"/dev/tcp/127.0.0.1/$port"; } 2>/dev/null; then
    printf 'GET /health/ready HTTP/1.0\r\nHost: localhost\r\n\r\n' >&3
    head -n 1 <&3 | grep -q ' 200'
    exit $?
  fi
done
echo "no newsstream service listens on ports ${NEWSSTREAM_INGEST_PORT:-8080}, ${NEWSSTREAM_ENRICH_PORT:-8081} or ${NEWSSTREAM_SINK_PORT:-8082}" >&2
exit 1
