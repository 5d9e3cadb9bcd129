-- wrk script for the server's load test (docs/performance.md): each request is a path drawn at random from a file
-- that LoadClient --urls wrote (the first three pages of each of its filters), asking for gzip as browsers do.
--   wrk -t2 -c100 -d30s -s random-paths.lua http://127.0.0.1:18090 -- /tmp/paths.txt [identity]
local threads = 0

function setup(thread)
  threads = threads + 1
  thread:set("id", threads)
end

function init(args)
  paths = {}
  for line in io.lines(args[1]) do
    paths[#paths + 1] = line
  end
  headers = {}
  if args[2] ~= "identity" then
    headers["Accept-Encoding"] = "gzip"
  end
  -- a seed of its own per thread, the same every run
  math.randomseed(id)
end

function request()
  return wrk.format("GET", paths[math.random(#paths)], headers)
end

function done(summary, latency, requests)
  local seconds = summary.duration / 1e6
  io.write(string.format("%d requests in %.1f s: %.0f req/s, %d non-2xx, %d socket errors, %.1f KiB per answer\n",
      summary.requests, seconds, summary.requests / seconds, summary.errors.status,
      summary.errors.connect + summary.errors.read + summary.errors.write + summary.errors.timeout,
      summary.bytes / 1024 / summary.requests))
  for _, p in ipairs({50, 90, 95, 99, 99.9}) do
    io.write(string.format("p%-5s %8.2f ms\n", p, latency:percentile(p) / 1000))
  end
  io.write(string.format("max    %8.2f ms\n", latency.max / 1000))
end
