def generate_api_key
  Random.new.bytes(16).unpack1("H*") # vigil:expect VGL-RUBY-RAND-001
end
