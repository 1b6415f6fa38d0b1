"""Fallback SMTP server for the e-mail tests when maildev is not installed: aiosmtpd (apt python3-aiosmtpd)
on 127.0.0.1, writing each message decoded as one JSON file (subject, text, html, to, messageId)."""
import argparse, email, email.policy, json, os, threading, time, uuid
from aiosmtpd.controller import Controller


class Sink:
    def __init__(self, folder):
        self.folder = folder

    async def handle_DATA(self, server, session, envelope):
        message = email.message_from_bytes(envelope.content, policy=email.policy.default)
        text, html = message.get_body(("plain",)), message.get_body(("html",))
        data = {
            "subject": str(message["subject"] or ""),
            "text": text.get_content() if text else "",
            "html": html.get_content() if html else "",
            "to": list(envelope.rcpt_tos),
            "messageId": message["message-id"],
        }
        name = f"{time.time_ns():020d}-{uuid.uuid4().hex}.json"
        temp = os.path.join(self.folder, name + ".tmp")
        with open(temp, "w", encoding="utf-8") as f:
            json.dump(data, f, ensure_ascii=False)
        os.replace(temp, os.path.join(self.folder, name))
        return "250 OK"


parser = argparse.ArgumentParser()
parser.add_argument("--port", type=int, required=True)
parser.add_argument("--dir", required=True)
args = parser.parse_args()
controller = Controller(Sink(args.dir), hostname="127.0.0.1", port=args.port)
controller.start()
print("ready", flush=True)
threading.Event().wait()
