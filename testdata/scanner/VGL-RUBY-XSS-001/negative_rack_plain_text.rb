class EchoApp
  def call(env)
    req = Rack::Request.new(env)
    [200, { "Content-Type" => "text/plain" }, ["You said: #{req.params["q"]}"]]
  end
end
