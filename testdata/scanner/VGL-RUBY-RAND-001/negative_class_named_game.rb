# Classes named for games and sampling: rand here makes no secret.
class DiceGenerator
  def generate
    Random.rand(1..6)
  end
end

class SurveySampler
  def call(responses)
    responses.sample
  end
end

class TopicRotation
  def pick(topics)
    topics[rand(topics.size)]
  end
end

class Dice
  def initialize
    @rng = Random.new
  end

  def roll
    @rng.rand(1..6)
  end
end

class OneTimeLinkGenerator
  def initialize
    @secure_rng = SecureRandom
  end

  def token
    @secure_rng.hex(16)
  end
end
