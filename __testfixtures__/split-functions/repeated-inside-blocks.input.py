"""Archives of the nightly reports."""

import json
import zipfile


def archive_reports(reports, path):
    with zipfile.ZipFile(path, "w") as archive:
        for report in reports:
            # Write the report as indented JSON.
            text = json.dumps(report.data, indent=2, sort_keys=True)
            text = text.replace("\r\n", "\n")
            archive.writestr(report.name + ".json", text)

    return path


def append_report(report, path):
    with zipfile.ZipFile(path, "a") as archive:
        archive.comment = b"nightly"

        text = json.dumps(report.data, indent=2, sort_keys=True)
        text = text.replace("\r\n", "\n")
        archive.writestr(report.name + ".json", text)
