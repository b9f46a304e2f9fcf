"""The e-mail plumbing every app shares: an e-mail is kept as a row until it has gone, sent at
once, retried by the worker, and shown to the headteacher if it keeps failing. What each app
sends, and to whom, is in that app's notifications.py."""
