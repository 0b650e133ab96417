class HomeController < ApplicationController
  BANNERS = %w[spring.jpg summer.jpg autumn.jpg].freeze

  def index
    @banner = BANNERS.sample
    @retry_after = 2 + rand(3)
    @year = Time.current.year
    @tagline = "Plan your week"
  end
end
