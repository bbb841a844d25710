# Sourced by the scripts here: installs the pinned npm tools of package-lock.json into clients/node_modules once.
if ! (cd clients && npm ls --depth=0 >/dev/null 2>&1); then
    (cd clients && npm ci --no-audit --no-fund --loglevel=error)
fi
