from __future__ import annotations
import datetime as dt
from typing import Any
def extract_figures(text: str, date: dt.date) -> list[dict[str, Any]]:
    return []
