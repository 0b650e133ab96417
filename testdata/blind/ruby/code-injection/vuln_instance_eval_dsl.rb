require "sinatra"
require "json"

class RuleContext
  attr_reader :amount, :country

  def initialize(amount, country)
    @amount = amount
    @country = country
  end
end

post "/rules/try" do
  payload = JSON.parse(request.body.read)
  ctx = RuleContext.new(payload.fetch("amount", 0).to_f, payload.fetch("country", "DE"))
  verdict = ctx.instance_eval(payload["rule"].to_s) # LABEL: CWE-95
  { verdict: verdict }.to_json
end
