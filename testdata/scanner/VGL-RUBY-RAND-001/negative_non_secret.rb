class Backoff
  def delay(attempt)
    jitter = rand(0.0..0.25)
    color = %w[red green blue].sample
    (2**attempt) + jitter + color.length
  end
end
