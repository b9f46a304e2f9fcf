"""The rules, one function per rule id, each yielding findings for one draft."""
