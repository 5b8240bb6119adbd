-- wrk script: POST a valid order with a fresh resultCallbackURL each time (so every request stores an order)
local counter = 0
local thread_id = 0
function setup(thread)
  thread_id = thread_id + 1
  thread:set("tid", thread_id)
end
function init(args)
  package_id = args[1]
  company_id = args[2]
  run = tonumber(args[3] or "0") -- runs in one schema need their own ids (the random sequence repeats)
end
request = function()
  counter = counter + 1
  local uuid = string.format("%08x-%04x-4%03x-8%03x-%04x%08x", (run or 0) * 256 + (tid or 0), math.random(0, 65535),
      math.random(0, 4095), math.random(0, 4095), math.random(0, 65535), counter)
  local body = '{"resultCallbackURL":"https://api.smartrecruiters.com/assessment-api/v202010/orders/' .. uuid ..
      '/results","candidate":{"id":"c","email":"ada@example.test","firstName":"Ada","lastName":"Lovelace",' ..
      '"applicationLanguage":"en"},"requester":{"userId":"u","email":"rec@example.test"},"assessmentPackageId":"' ..
      package_id .. '","job":{"id":"j"},"companyId":"' .. company_id .. '","fields":{}}'
  local headers = {}
  for name, value in pairs(wrk.headers) do headers[name] = value end
  headers["Content-Type"] = "application/json"
  return wrk.format("POST", nil, headers, body)
end
