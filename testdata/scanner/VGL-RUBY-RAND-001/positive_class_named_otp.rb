# The class names the purpose; its methods are called generate/call.
class OtpGenerator
  DIGITS = 6

  def generate
    format("%06d", Random.rand(10**DIGITS)) # vigil:expect VGL-RUBY-RAND-001
  end
end

module Auth
  class ApiTokenIssuer
    def call(user)
      user.update!(value: rand(36**32).to_s(36)) # vigil:expect VGL-RUBY-RAND-001
    end
  end
end

# a Random kept in an instance variable draws from the same Mersenne Twister
class PasscodeGenerator
  def initialize(seed = Time.now.to_i)
    @rng = Random.new(seed)
  end

  def next_code
    @rng.rand(100_000..999_999).to_s # vigil:expect VGL-RUBY-RAND-001
  end
end
