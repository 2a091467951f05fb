"""Arrow tables to pandas DataFrames with the schema's dtypes.

Needs only pandas and pyarrow (no schema YAML), so the loader of a published release works in
an environment with nothing else installed: the field types come from ``datapackage.json``.
"""

from __future__ import annotations

from collections.abc import Mapping

import pandas as pd
import pyarrow as pa

# Table Schema type -> pandas dtype: nullable integers, real strings, dates as datetimes.
PANDAS_DTYPES: dict[str, str] = {
    "string": "string",
    "integer": "Int64",
    "number": "float64",
    "date": "datetime64[ms]",
}


def to_pandas(table: pa.Table, field_types: Mapping[str, str]) -> pd.DataFrame:
    """Convert with explicit dtypes: ``Int64`` keeps nulls in integer columns, ``string``
    keeps text as text, dates become ``datetime64[ms]``."""
    columns = {}
    for name in table.column_names:
        col = table.column(name)
        kind = field_types.get(name, "string")
        if kind == "integer":
            columns[name] = (
                pd.array(col.to_pylist(), dtype="Int64")
                if col.null_count
                else pd.array(col.to_numpy(), dtype="Int64")
            )
        elif kind == "date":
            columns[name] = col.cast(pa.timestamp("ms")).to_pandas(types_mapper=None).astype("datetime64[ms]")
        elif kind == "number":
            columns[name] = col.to_pandas().astype("float64")
        else:
            columns[name] = col.to_pandas(types_mapper={pa.string(): pd.StringDtype()}.get).astype("string")
    return pd.DataFrame(columns, index=pd.RangeIndex(table.num_rows))
