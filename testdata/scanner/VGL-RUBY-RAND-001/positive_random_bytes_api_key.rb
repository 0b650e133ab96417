def generate_api_key
  Random.new.bytes(16).unpack1("H*")
end
