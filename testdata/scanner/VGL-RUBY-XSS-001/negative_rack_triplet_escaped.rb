class HelloApp
  def call(env)
    req = Rack::Request.new(env)
    name = Rack::Utils.escape_html(req.params["name"])
    [200, { "Content-Type" => "text/html" }, ["<h1>Hello #{name}</h1>"]]
  end
end
