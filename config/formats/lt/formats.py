# Lithuanian groups thousands with a (non-breaking) space, not a full stop:
# 7 000, 1 500,5. Everything else comes from Django's own Lithuanian formats.
THOUSAND_SEPARATOR = "\xa0"
NUMBER_GROUPING = 3
