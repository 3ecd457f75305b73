"""openpyxl as an independent reader and editor of Råderum's workbooks (used by test/catalogue-*.test.ts).

    python3 openpyxl_tool.py dump WORKBOOK [--cells]   -> JSON: workbook structure (and every cell with --cells)
    python3 openpyxl_tool.py edit IN OUT EDITS.json    -> applies {"set": [{sheet, cell, value}], "append": [{sheet, values}]}
"""
import datetime
import json
import sys

import openpyxl
from openpyxl.utils import get_column_letter


def cell_value(value):
    if isinstance(value, (datetime.datetime, datetime.date, datetime.time)):
        return value.isoformat()
    if value is None or isinstance(value, (int, float, str, bool)):
        return value
    return str(value)


def footer_part(part):
    return part.text if part is not None and part.text is not None else None


def color_of(color):
    return color.rgb if color is not None and isinstance(color.rgb, str) else None


def style_of(c):
    """A compact signature of what a reader sees of a cell's style: font, fill, alignment, borders."""
    f, a, b = c.font, c.alignment, c.border
    return "|".join(
        str(x)
        for x in (
            f.b, f.i, f.u, f.sz, f.name, color_of(f.color),
            c.fill.fill_type, color_of(c.fill.fgColor),
            # "general" alignment and wrap_text=False are the defaults, however a writer spells them.
            None if a.horizontal == "general" else a.horizontal, a.vertical, a.wrap_text or None,
            b.top.style, b.bottom.style, b.left.style, b.right.style,
        )
    )


def column_widths(ws):
    # A <col min max> element covers several columns; openpyxl keys it by its first letter only.
    widths = {}
    for dim in ws.column_dimensions.values():
        if dim.width and dim.min and dim.max:
            for col in range(dim.min, dim.max + 1):
                widths[get_column_letter(col)] = dim.width
    return dict(sorted(widths.items()))


def hidden_columns(ws):
    hidden = []
    for dim in ws.column_dimensions.values():
        if dim.hidden and dim.min and dim.max:
            hidden.extend(get_column_letter(c) for c in range(dim.min, dim.max + 1))
    return sorted(hidden)


def dump(path, with_cells):
    wb = openpyxl.load_workbook(path)
    calc = wb.calculation
    out = {
        "sheets": [],
        "fullCalcOnLoad": bool(calc.fullCalcOnLoad) if calc is not None else False,
        "definedNames": sorted(
            [[dn.name, dn.attr_text, dn.localSheetId] for dn in wb.defined_names.definedName],
            key=lambda d: (d[0], str(d[2])),
        ),
    }
    for ws in wb.worksheets:
        ps = ws.page_setup
        fit = ws.sheet_properties.pageSetUpPr
        sheet = {
            "name": ws.title,
            "state": ws.sheet_state,
            "freezePanes": ws.freeze_panes,
            "autoFilter": ws.auto_filter.ref,
            "printTitleRows": ws.print_title_rows,
            "orientation": ps.orientation,
            "paperSize": int(ps.paperSize) if ps.paperSize is not None else None,
            "fitToPage": bool(fit.fitToPage) if fit is not None and fit.fitToPage is not None else False,
            "fitToWidth": ps.fitToWidth,
            "fitToHeight": ps.fitToHeight,
            "footerLeft": footer_part(ws.oddFooter.left),
            "footerCenter": footer_part(ws.oddFooter.center),
            "footerRight": footer_part(ws.oddFooter.right),
            "maxRow": ws.max_row,
            "maxColumn": ws.max_column,
            "merged": sorted(str(r) for r in ws.merged_cells.ranges),
            "columnWidths": column_widths(ws),
            "hiddenColumns": hidden_columns(ws),
            "validations": sorted([str(d.sqref), d.type, d.formula1] for d in ws.data_validations.dataValidation),
        }
        if with_cells:
            cells = {}
            for row in ws.iter_rows():
                for c in row:
                    if c.value is None:
                        continue
                    cells[c.coordinate] = [cell_value(c.value), c.number_format, style_of(c)]
            sheet["cells"] = cells
        out["sheets"].append(sheet)
    json.dump(out, sys.stdout, ensure_ascii=False)


def edit(src, dst, edits_path):
    with open(edits_path, encoding="utf-8") as f:
        edits = json.load(f)
    wb = openpyxl.load_workbook(src)
    for e in edits.get("set", []):
        wb[e["sheet"]][e["cell"]] = e["value"]
    for e in edits.get("append", []):
        wb[e["sheet"]].append(e["values"])
    wb.save(dst)


if __name__ == "__main__":
    if sys.argv[1] == "dump":
        dump(sys.argv[2], "--cells" in sys.argv[3:])
    elif sys.argv[1] == "edit":
        edit(sys.argv[2], sys.argv[3], sys.argv[4])
    else:
        sys.exit("usage: openpyxl_tool.py dump|edit ...")
