"""A small SMTP server on loopback that keeps what it receives: the e-mail tests' outgoing server."""

import email
import socketserver
import threading
from email import policy


class _Session(socketserver.StreamRequestHandler):
	def reply(self, line: str):
		self.wfile.write(line.encode() + b"\r\n")

	def handle(self):
		self.reply("220 sop-kinerja-test ESMTP")
		recipients = []
		while line := self.rfile.readline():
			verb = line[:4].decode(errors="replace").upper()
			if verb == "EHLO":
				self.reply("250-sop-kinerja-test")
				self.reply("250 8BITMIME")
			elif verb == "MAIL":
				recipients = []
				self.reply("250 OK")
			elif verb == "RCPT":
				recipients.append(line.decode().split(":", 1)[1].strip().strip("<>"))
				self.reply("250 OK")
			elif verb == "DATA":
				self.reply("354 End data with <CR><LF>.<CR><LF>")
				data = []
				while (part := self.rfile.readline()) not in (b".\r\n", b".\n", b""):
					data.append(part[1:] if part.startswith(b"..") else part)
				message = email.message_from_bytes(b"".join(data), policy=policy.default)
				self.server.received.append((recipients, message))
				self.reply("250 OK")
			elif verb == "QUIT":
				self.reply("221 Bye")
				return
			else:  # HELO, RSET, NOOP
				self.reply("250 OK")


class SMTPSink(socketserver.ThreadingTCPServer):
	"""`with SMTPSink() as sink:` serves on `sink.port`; `sink.received` holds (recipients, message)."""

	daemon_threads = True

	def __init__(self):
		super().__init__(("127.0.0.1", 0), _Session)
		self.received = []

	@property
	def port(self) -> int:
		return self.server_address[1]

	def __enter__(self):
		threading.Thread(target=self.serve_forever, daemon=True).start()
		return self

	def __exit__(self, *exc):
		self.shutdown()
		self.server_close()
