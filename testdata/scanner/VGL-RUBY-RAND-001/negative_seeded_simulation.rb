class WeatherSimulation
  def initialize(seed)
    @gen = Random.new(seed)
  end

  def next_day
    { temperature: 15 + @gen.rand(10), rain: @gen.rand < 0.3 }
  end
end
