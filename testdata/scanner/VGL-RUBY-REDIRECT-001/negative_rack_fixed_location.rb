class RedirApp
  def call(env)
    req = Rack::Request.new(env)
    target = req.params["page"] == "about" ? "/about" : "/"
    [302, { "Location" => target }, []]
  end
end
