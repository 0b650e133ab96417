class RedirApp
  def call(env)
    req = Rack::Request.new(env)
    [302, { "Location" => req.params["next"] }, []]
  end
end
