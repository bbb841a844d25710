# Sourced by bench/run.sh: the physical limit for the same bytes. nginx (Debian's package, installed when missing)
# serves, from files, the exact body of each Lede GET answer captured during the run, with Lede's own headers
# added (except those nginx writes itself: Date, Content-Length, Content-Type, ETag, Last-Modified), so each Lede
# endpoint can be read as a fraction of what this machine does for the same bytes.
#
#   nginx_capture NAME URL [HEADER]   stores Lede's answer to a GET as NAME
#   nginx_start PORT                  serves every captured NAME at /NAME, two workers
#   nginx_etag NAME                   nginx's ETag for NAME (for the 304 row)
#   nginx_stop
nginx_dir=""
nginx_pid=""

nginx_capture() {
    local name=$1 url=$2 header=${3:-}
    [ -n "$nginx_dir" ] || nginx_dir=$(mktemp -d /tmp/lede-nginx.XXXXXX)
    mkdir -p "$nginx_dir/www"
    if [ -n "$header" ]; then
        curl -fs -D "$nginx_dir/$name.headers" -o "$nginx_dir/www/$name" -H "$header" "$url"
    else
        curl -fs -D "$nginx_dir/$name.headers" -o "$nginx_dir/www/$name" "$url"
    fi
}

nginx_location() { # name: one location block with the captured type and headers
    local name=$1 type
    type=$(tr -d '\r' <"$nginx_dir/$name.headers" | awk -F': ' 'tolower($1) == "content-type" {print $2}')
    printf '        location = /%s {\n            default_type "%s";\n' "$name" "$type"
    tr -d '\r' <"$nginx_dir/$name.headers" | awk -F': ' '
        NR > 1 && NF > 1 && $2 !~ /\$/ && tolower($1) !~ /^(date|content-length|content-type|etag|last-modified|connection|transfer-encoding)$/ {
            value = substr($0, length($1) + 3); gsub(/\\/, "\\\\", value); gsub(/"/, "\\\"", value)
            printf "            add_header %s \"%s\" always;\n", $1, value
        }'
    printf '        }\n'
}

nginx_start() {
    local port=$1 name
    command -v nginx >/dev/null || PATH="$PATH:/usr/sbin"
    command -v nginx >/dev/null || { apt-get install -y -qq nginx >/dev/null || { apt-get update -qq && apt-get install -y -qq nginx; }; } >/dev/null 2>&1
    chmod -R a+rX "$nginx_dir"
    {
        printf 'daemon off;\nworker_processes %s;\npid %s/nginx.pid;\nerror_log %s/error.log warn;\n' \
            "$(nproc)" "$nginx_dir" "$nginx_dir"
        [ "$(id -u)" = 0 ] && printf 'user root;\n'
        printf 'events { worker_connections 1024; }\n'
        printf 'http {\n    access_log off;\n    server_tokens off;\n    keepalive_requests 1000000;\n'
        printf '    server {\n        listen 127.0.0.1:%s;\n        root %s/www;\n' "$port" "$nginx_dir"
        for name in $(ls "$nginx_dir/www"); do nginx_location "$name"; done
        printf '    }\n}\n'
    } >"$nginx_dir/nginx.conf"
    nginx -c "$nginx_dir/nginx.conf" -p "$nginx_dir" &
    nginx_pid=$!
    until curl -fs -o /dev/null "http://127.0.0.1:$port/$(ls "$nginx_dir/www" | head -1)"; do
        kill -0 "$nginx_pid" 2>/dev/null || { cat "$nginx_dir/error.log"; return 1; }
        sleep 0.05
    done
}

nginx_etag() {
    curl -fsI "http://127.0.0.1:$nginx_port/$1" | tr -d '\r' | awk -F': ' 'tolower($1) == "etag" {print $2}'
}

nginx_stop() {
    [ -n "$nginx_pid" ] && kill "$nginx_pid" 2>/dev/null && wait "$nginx_pid" 2>/dev/null || true
    nginx_pid=""
    [ -n "$nginx_dir" ] && rm -rf "$nginx_dir"
    nginx_dir=""
}
