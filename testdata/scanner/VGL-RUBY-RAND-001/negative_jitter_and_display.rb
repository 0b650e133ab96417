class TokenRefresher
  # retry jitter: the random number is a delay, not a secret
  def refresh_token(client)
    3.times do |attempt|
      return client.refresh! if client.expired?
      sleep(rand(0.5..2.0) * (attempt + 1))
    end
  end

  # display order and sampling for a page carry no secret
  def featured(products)
    products.shuffle.first(3) + products.sample(2)
  end
end
