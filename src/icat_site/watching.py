"""The preview's watching (`make serve`): saved files seen through the operating system's file events.

Saved files are seen through the operating system's file events (inotify on Linux), so an idle preview
costs next to no CPU; when those cannot start (e.g. the inotify watch limit is reached), or when
REPORT_SERVE_WATCH=polling says so (folders shared from another machine send no events), it polls.
"""

from __future__ import annotations

import logging
import os

from mkdocs.config.defaults import MkDocsConfig

log = logging.getLogger("mkdocs.plugins.icat_report.serve")

# How often the fallback watcher looks for saved files (MkDocs' own default is 0.5 s): at 0.1 s a
# saved change still reaches the browser in under a second (bench/serve.py).
POLL_SECONDS = 0.1
WATCH_SETTING = "REPORT_SERVE_WATCH"


def watch_by_file_events(server, config: MkDocsConfig) -> None:
    """Move what MkDocs watches to the OS's file events, or to a faster poll when they cannot start
    (from on_serve: nothing is watching yet, the observer starts after it)."""
    candidates = [config.docs_dir, config.config_file_path, *config.theme.dirs]
    watched = []
    for path in dict.fromkeys(filter(None, candidates)):
        try:
            server.unwatch(path)
        except KeyError:  # not watched (theme folders are watched only with --watch-theme)
            continue
        watched.append(path)
    server.observer = make_observer([*watched, *config.watch])
    for path in watched:
        server.watch(path)


def make_observer(paths: list[str]):
    """An observer of saved changes: the native one when it can watch `paths`, else polling."""
    from watchdog.observers import Observer
    from watchdog.observers.polling import PollingObserver

    wanted = os.environ.get(WATCH_SETTING, "events")
    if wanted != "polling" and _can_watch(changes_only(Observer), paths):
        return changes_only(Observer)()
    if wanted != "polling":
        log.warning("File events are not available here; looking for saved files every %s s instead.", POLL_SECONDS)
    return changes_only(PollingObserver)(timeout=POLL_SECONDS)


def _can_watch(observer_class, paths: list[str]) -> bool:
    """Whether the observer starts on these paths (inotify has per-user limits on watches)."""
    from watchdog.events import FileSystemEventHandler

    probe = observer_class()
    try:
        for path in paths:
            probe.schedule(FileSystemEventHandler(), os.path.abspath(path), recursive=True)
        probe.start()
    except OSError as error:
        log.info("File events could not start: %s", error)
        return False
    finally:
        probe.stop()
        if probe.is_alive():
            probe.join()
    return True


def changes_only(observer_class):
    """The observer class, reporting only changes to files: the native observer also reports a file
    opened or closed unwritten, which every build does to every file it reads (a rebuild loop).
    A single file is watched through its folder: editors that save by renaming replace the file."""
    from watchdog.events import FileClosedEvent, FileCreatedEvent, FileDeletedEvent, FileModifiedEvent, FileMovedEvent

    changes = [FileCreatedEvent, FileModifiedEvent, FileDeletedEvent, FileMovedEvent, FileClosedEvent]

    class ChangesOnly(observer_class):
        def schedule(self, event_handler, path, *, recursive=False, event_filter=None, **options):
            if os.path.isfile(path):
                event_handler, path, recursive = _OnlyFile(event_handler, path), os.path.dirname(path), False
            return super().schedule(
                event_handler, path, recursive=recursive, event_filter=event_filter or changes, **options
            )

    ChangesOnly.__name__ = f"ChangesOnly{observer_class.__name__}"
    return ChangesOnly


class _OnlyFile:
    """Passes on the events of one file of a watched folder."""

    def __init__(self, handler, path: str) -> None:
        self.handler, self.path = handler, os.path.abspath(path)

    def dispatch(self, event) -> None:
        if self.path in (os.path.abspath(event.src_path), os.path.abspath(getattr(event, "dest_path", "") or "")):
            self.handler.dispatch(event)
