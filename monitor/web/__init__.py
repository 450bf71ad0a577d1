"""The daemon's HTTP face: health, metrics, and the read-only dashboard and JSON API."""

from monitor.web.app import WebServer, create_app

__all__ = ["WebServer", "create_app"]
