class RequestCopyTest < Minitest::Test
  def test_params_survive_marshal
    request = Rack::Request.new(Rack::MockRequest.env_for("/?foo=bar"))
    dumped = Marshal.dump(request.params)
    assert_equal "bar", Marshal.load(dumped)["foo"]
  end
end
