-- wrk script: post a comment, each with its own author and words.
local counter = 0
request = function()
    counter = counter + 1
    local body = string.format(
        '{"authorName":"Bench reader %d","authorEmail":"reader%d@bench.example","body":"Comment %d: the late ferry should keep running through the winter."}',
        counter, counter, counter)
    return wrk.format("POST", nil, {["Content-Type"] = "application/json"}, body)
end
