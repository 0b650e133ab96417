class HomeController < ApplicationController
  BANNERS = %w[spring.jpg summer.jpg autumn.jpg].freeze

  def index
    @banner = BANNERS.sample
    @retry_after = 2 + rand(3)
  end
end
