module Auth
  class Issuer
    def initialize(seed = Time.now.to_i)
      @generator = Random.new(seed)
    end

    def issue(user)
      sid = @generator.bytes(16).unpack1('H*') # vigil:expect VGL-RUBY-RAND-001
      Session.create!(user: user, sid: sid)
      sid
    end
  end
end
