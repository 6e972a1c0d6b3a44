#!/usr/bin/env python3
"""How long `survey lsp` takes to answer, as an editor sees it (docs/editors.md, BENCHMARKS.md).

    scripts/lsp-latency.py SURVEY_BINARY FILE.survey [REQUESTS]

Starts the server, opens FILE, then times: opening it (until its diagnostics arrive), REQUESTS of each of
completion, hover, definition and code actions at the first condition of a question, one keystroke (a
change of one character, sent as its range) and one change of the whole text. Times are wall-clock, through pipes, as the mean per request, in milliseconds.
Standard library only.
"""
import json
import os
import subprocess
import sys
import time


def main():
    binary, path = sys.argv[1], os.path.abspath(sys.argv[2])
    requests = int(sys.argv[3]) if len(sys.argv) > 3 else 10
    text = open(path, encoding="utf-8").read()
    lines = text.split("\n")
    uri = "file://" + path
    server = subprocess.Popen([binary, "lsp"], stdin=subprocess.PIPE, stdout=subprocess.PIPE)

    def send(message):
        body = json.dumps(message).encode()
        server.stdin.write(b"Content-Length: %d\r\n\r\n" % len(body) + body)
        server.stdin.flush()

    def receive():
        header = b""
        while not header.endswith(b"\r\n\r\n"):
            header += server.stdout.read(1)
        length = int(header.split(b":")[1].split(b"\r")[0])
        return json.loads(server.stdout.read(length))

    def timed(message, count=1):
        # A notification's replies (diagnostics for each file the document reads) are not counted up front,
        # so a request is sent after it, and everything up to that request's response is read.
        start = time.perf_counter()
        for _ in range(count):
            send(message)
            if "id" not in message:
                send(sync)
            while receive().get("id") != message.get("id", "sync"):
                pass
        return (time.perf_counter() - start) / count * 1000

    send({"jsonrpc": "2.0", "id": 0, "method": "initialize", "params": {"capabilities": {}}})
    receive()
    # After a notification, the cheapest request: an unknown method, refused at once.
    sync = {"jsonrpc": "2.0", "id": "sync", "method": "$/sync"}
    document = {"uri": uri, "languageId": "survey", "version": 1, "text": text}
    opened = timed({"jsonrpc": "2.0", "method": "textDocument/didOpen", "params": {"textDocument": document}})

    kinds = ("single", "multiple", "ranking", "text", "number", "decimal", "scale", "grid", "yesno")
    line = next(i for i, l in enumerate(lines) if " when " in l and l.strip().split(" ")[0] in kinds)
    at = {"line": line, "character": lines[line].index(" when ") + len(" when ")}
    here = {"textDocument": {"uri": uri}, "position": at}
    row = {"start": {"line": line, "character": 0}, "end": {"line": line, "character": 0}}
    times = {
        "completion": timed({"jsonrpc": "2.0", "id": 1, "method": "textDocument/completion", "params": here}, requests),
        "hover": timed({"jsonrpc": "2.0", "id": 2, "method": "textDocument/hover", "params": here}, requests),
        "definition": timed({"jsonrpc": "2.0", "id": 3, "method": "textDocument/definition", "params": here}, requests),
        "code actions": timed(
            {"jsonrpc": "2.0", "id": 4, "method": "textDocument/codeAction",
             "params": {"textDocument": {"uri": uri}, "range": row, "context": {"diagnostics": []}}},
            requests),
    }
    # A keystroke: one character typed at the end of that line, as an editor sends it (the range alone).
    end = {"line": line, "character": len(lines[line].encode("utf-16-le")) // 2}
    keystroke = {"textDocument": {"uri": uri, "version": 2}, "contentChanges": [{"range": {"start": end, "end": end}, "text": " "}]}
    typed = timed({"jsonrpc": "2.0", "method": "textDocument/didChange", "params": keystroke})
    change = {"textDocument": {"uri": uri, "version": 3}, "contentChanges": [{"text": text + "\n"}]}
    changed = timed({"jsonrpc": "2.0", "method": "textDocument/didChange", "params": change})
    send({"jsonrpc": "2.0", "id": 5, "method": "shutdown"})
    receive()
    send({"jsonrpc": "2.0", "method": "exit"})
    server.wait()
    print(f"{os.path.basename(path)}: open {opened:.1f} ms, keystroke {typed:.1f} ms, whole-text change {changed:.1f} ms, "
          + ", ".join(f"{name} {ms:.2f} ms" for name, ms in times.items()))


if __name__ == "__main__":
    main()
