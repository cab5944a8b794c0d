"""Indonesian words the code treats specially, each list once. Imports nothing, so that every part of
the app may use it, the Frappe-free readers of `impor/` too."""

# Kata sambung and kata depan: written in lower case inside a title (EYD), left out of a name's
# initials, never the last word of a name made from a sentence
KATA_SAMBUNG = frozenset(("dan", "serta", "atau", "untuk", "kepada", "yang", "dengan", "ke", "di", "dari"))
