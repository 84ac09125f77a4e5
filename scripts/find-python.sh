#!/bin/sh
# Print the path of a Python >= 3.12 (Django 6.1 needs it), or explain what to
# install and fail. PYTHON=/path/to/python overrides the search.
ok() { "$1" -c 'import sys; sys.exit(sys.version_info < (3, 12))' 2>/dev/null; }

if [ -n "${PYTHON:-}" ]; then
    if ok "$PYTHON"; then echo "$PYTHON"; exit 0; fi
    echo "PYTHON=$PYTHON is not a Python 3.12 or newer." >&2
    exit 1
fi
for name in python3.14 python3.13 python3.12 python3 python; do
    path=$(command -v "$name" 2>/dev/null) || continue
    if ok "$path"; then echo "$path"; exit 0; fi
done
if command -v pyenv >/dev/null 2>&1; then
    root=$(pyenv root)
    for version in $(pyenv versions --bare 2>/dev/null | sort -t. -k1,1nr -k2,2nr -k3,3nr); do
        path="$root/versions/$version/bin/python"
        if [ -x "$path" ] && ok "$path"; then echo "$path"; exit 0; fi
    done
fi
cat >&2 <<'MSG'
No Python 3.12 or newer was found, and Django 6.1 needs one.
Install one, for example:
  Debian/Ubuntu:  sudo apt-get install python3.12 python3.12-venv
  macOS:          brew install python@3.13
  pyenv:          pyenv install 3.13
then run the command again, or point to it: make run PYTHON=/path/to/python3.13
MSG
exit 1
