class HelloApp
  def call(env)
    req = Rack::Request.new(env)
    name = req.params["name"]
    [200, { "Content-Type" => "text/html" }, ["<h1>Hello #{name}</h1>"]] # vigil:expect VGL-RUBY-XSS-001
  end
end
